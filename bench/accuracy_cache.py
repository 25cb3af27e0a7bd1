"""Embedding cache on disk for the accuracy benches: the sentence vectors the engine computed, by text.

The benches embed tens of thousands of sentences; kept in bench/out/accuracy_embed.npz they are computed
once, and every later run puts them back into the process's embedder before checking.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from checks.accuracy.embed import embedder

PATH = Path(__file__).resolve().parent / "out" / "accuracy_embed.npz"


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class DiskCache:
    def __init__(self, path: Path = PATH):
        self.path = path
        self.vectors: dict[str, np.ndarray] = {}
        if path.exists():
            with np.load(path) as z:
                self.vectors = dict(zip(z["keys"].tolist(), z["vecs"]))

    def load_into_embedder(self, texts: list[str]) -> int:
        """Give the embedder the stored vectors of these texts; how many were found."""
        found = {t: self.vectors[_key(t)] for t in set(texts) if _key(t) in self.vectors}
        embedder().remember(found)
        return len(found)

    def save_from_embedder(self) -> None:
        snap = embedder().snapshot()
        for t, v in snap.items():
            self.vectors.setdefault(_key(t), v)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(self.vectors), dtype="U40")
        vecs = np.stack(list(self.vectors.values())) if self.vectors else np.zeros((0, 384), np.float32)
        np.savez(self.path, keys=keys, vecs=vecs)


def embed_all(texts: list[str], cache: DiskCache, chunk: int = 500, log=print) -> None:
    """Embed every text not yet on disk, saving after each chunk (a long run can be resumed)."""
    todo = [t for t in dict.fromkeys(texts) if _key(t) not in cache.vectors]
    for i in range(0, len(todo), chunk):
        embedder().embed(todo[i : i + chunk])
        cache.save_from_embedder()
        log(f"embedded {min(i + chunk, len(todo))}/{len(todo)}")
