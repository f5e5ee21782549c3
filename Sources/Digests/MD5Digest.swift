/// MD5 (RFC 1321), only because MediaWiki's `action=edit` takes the MD5 of the text to detect an
/// edit damaged on the way; not for security.
package enum MD5Digest: OneShotDigest {
    package static var algorithm: DigestAlgorithm { .md5 }
}
