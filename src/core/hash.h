/*
** hash.h — the 64-bit hashing the analysis kernels share: a fast byte-string
** hash (term maps, shingles) and the MurmurHash3 finalizer as a mixer. Not
** cryptographic; equal inputs and seeds give equal hashes on every run.
*/
#ifndef LEDE_HASH_H
#define LEDE_HASH_H

#include <stdint.h>
#include <string.h>

/* MurmurHash3's 64-bit finalizer: a bijection that spreads every input bit
** over every output bit. */
static inline uint64_t hash_mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

static inline uint64_t hash_rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

/* Hashes n bytes at p with seed: 8 bytes per step (unaligned loads through
** memcpy), the tail packed little-endian, the length mixed in, then
** finalized with hash_mix64. */
static inline uint64_t hash_bytes(const void *p, size_t n, uint64_t seed) {
  const unsigned char *s = p;
  uint64_t h = seed ^ (n * 0x9e3779b97f4a7c15ULL);
  while (n >= 8) {
    uint64_t k;
    memcpy(&k, s, 8);
    h = hash_rotl64(h ^ (k * 0x87c37b91114253d5ULL), 31) * 0x4cf5ad432745937fULL;
    s += 8;
    n -= 8;
  }
  uint64_t tail = 0;
  for (size_t i = 0; i < n; i++) tail |= (uint64_t)s[i] << (8 * i);
  h ^= tail * 0x87c37b91114253d5ULL;
  return hash_mix64(h);
}

#endif
