/* The OpenSSL 3 header the Digests module uses: the EVP message digest interface, and nothing
   else of libcrypto. Only Digests imports this module, and only on Linux (Apple platforms use
   CryptoKit). */
#include <openssl/evp.h>
