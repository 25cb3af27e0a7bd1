"""English exonyms a letter or two from the original's own name (Lombardy for Lombardia, Seville for Sevilla), for
:mod:`.propernames` (A005): a translation, not a misspelt name."""

from __future__ import annotations

from ..names import fold

# English exonyms that are a letter or two from the original's own name (Lombardia, Andalucía, Navarra):
# a translation, not a slip. Exonyms far from the original (Napoli / Naples) are not close and need no entry.
_EXONYMS = {
    e: frozenset(fold(n) for n in natives.split(","))
    for e, natives in (item.split(":") for item in """
    lombardy:lombardia,lombardie,lombardei andalusia:andalucía,andalousie,andalusien castile:castilla,castille
    navarre:navarra majorca:mallorca minorca:menorca seville:sevilla,séville
    cordoba:córdoba saragossa:zaragoza biscay:bizkaia catalonia:cataluña,catalunya,catalogne,katalonien
    galicia:galiza asturias:asturies canaries:canarias balearics:baleares corunna:coruña
    sicily:sicilia,sicile,sizilien sardinia:sardegna,sardaigne,sardinien tuscany:toscana,toscane
    apulia:puglia piedmont:piemonte,piémont abruzzo:abruzzi marches:marche padua:padova mantua:mantova
    syracuse:siracusa,syrakus genoa:genova,gênes turin:torino milan:milano,milán venice:venezia,venecia,venise
    florence:firenze,florencia,florenz naples:napoli,nápoles,neapel rome:roma lisbon:lisboa,lisbonne
    brittany:bretagne,bretaña normandy:normandie,normandía burgundy:bourgogne,borgoña bavaria:bayern,baviera
    saxony:sachsen,sajonia,sassonia lusatia:lausitz thuringia:thüringen havana:habana peru:perú panama:panamá
    scheldt:schelde,escaut hague:haag ghent:gent bruges:brugge ostend:oostende antwerp:antwerpen zealand:zeeland
    wallonia:wallonië,wallonie riga:riia,rīga tbilisi:thbilisi azores:açores,azzorre,azoren savoy:savoie,savoia
    corsica:corse flanders:flandre,flandres,fiandre marseilles:marseille rhine:rhin,rhein
    """.split()
    )
}


def exonym(draft_word: str, original_word: str) -> bool:
    """The draft's word is the English exonym of the original's, in any case of it (Riia, Riias: Riga)."""
    o = fold(original_word)
    return any(o == n or (o.startswith(n) and len(o) - len(n) <= 3) for n in _EXONYMS.get(fold(draft_word), ()))
