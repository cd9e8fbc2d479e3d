/*
** sha256.h — SHA-256 (FIPS 180-4), the content hash the store dedupes by.
** Incremental (init/update/final) for streams, plus a one-call hex helper.
** Pure C, no dependencies; a context is plain data and thread-confined.
*/
#ifndef LEDE_SHA256_H
#define LEDE_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
  uint32_t h[8];          /* the running hash value H(i) */
  uint64_t n_bytes;       /* message length so far */
  unsigned char block[64]; /* a partial block waiting for more input */
  size_t block_len;
} Sha256;

void sha256_init(Sha256 *c);

/* Feeds len bytes of data (len may be 0). */
void sha256_update(Sha256 *c, const void *data, size_t len);

/* Pads, finishes and writes the 32-byte digest; c must be re-initialised
** before another use. */
void sha256_final(Sha256 *c, unsigned char digest[32]);

/* The digest of data as 64 lower-case hex digits and a NUL. */
void sha256_hex(const void *data, size_t len, char out[65]);

#endif
