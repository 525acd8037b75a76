"""MinHash signatures and LSH bands for near-duplicate detection.

Word 3-shingles of the lowercased text are hashed (BLAKE2b, 32 bits) and permuted by
``NUM_PERM`` fixed universal hash functions; the signature is the minimum per function. Two
texts agree on a signature position with probability equal to their Jaccard similarity.
The signature is cut into ``BANDS`` bands of ``ROWS`` rows; texts that share any band are
candidates (likely from a Jaccard of about 0.4), and the signature estimate decides.
Everything is deterministic (fixed seed), so stores and Spark runs agree.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE = 3
_PRIME = np.uint64((1 << 31) - 1)  # Mersenne prime; x, a < 2^31 keep a * x + b below 2^63
_rng = np.random.default_rng(20250301)
_A = _rng.integers(1, (1 << 31) - 1, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, (1 << 31) - 1, size=NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` unsigned 32-bit values) of a text."""
    sh = shingles(text)
    if not sh:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    hashes = np.fromiter((int.from_bytes(hashlib.blake2b(s, digest_size=4).digest(), "little") for s in sh),
                         dtype=np.uint64, count=len(sh)) % _PRIME
    permuted = (hashes[:, None] * _A[None, :] + _B[None, :]) % _PRIME
    return permuted.min(axis=0).astype(np.uint32)


def bands(sig: np.ndarray) -> list[int]:
    """One 63-bit hash per band, for an index lookup."""
    out = []
    for b in range(BANDS):
        chunk = sig[b * ROWS:(b + 1) * ROWS].tobytes()
        out.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little") >> 1)
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)
