/// SHA-1 (FIPS 180-4), for comparing with the SHA-1 MediaWiki records for files and revisions;
/// not for security. Files too large to hold in memory go through a ``DigestStream``.
package enum SHA1Digest: OneShotDigest {
    package static var algorithm: DigestAlgorithm { .sha1 }
}
