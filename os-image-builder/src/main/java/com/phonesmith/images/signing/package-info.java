/**
 * The keys boot descriptors are signed with, kept in a folder outside the repository (the service passes
 * {@code <data dir>/signing-keys}). Plain classes, no CDI.
 *
 * <h2>The folder</h2>
 * <pre>
 * active                    the id of the active key, one line
 * k-&lt;16 hex&gt;.key.pem        the private key, PKCS#8 PEM ("PRIVATE KEY"), rw------- where POSIX permissions exist
 * k-&lt;16 hex&gt;.pub.pem        the public key: a "Key-Id:" line and a "PUBLIC KEY" PEM block (the trusted-keys text
 *                           form of contracts' TrustedKeys, so the files of several keys can be concatenated)
 * k-&lt;16 hex&gt;.properties     created=&lt;ISO-8601 instant&gt;, and retired=&lt;instant&gt; once retired
 * </pre>
 * A key exists once its {@code .pub.pem} file does. A new key is written private key first, then its properties,
 * then its public key, and only then named in {@code active}; every file is written to a temporary file,
 * fsync'ed and renamed into place, and the folder is fsync'ed. A crash therefore leaves either the old state
 * or the new one, plus perhaps the files of a key that was never made public, which the next
 * {@link com.phonesmith.images.signing.SigningKeys#open} removes.
 *
 * <p>Retiring a key marks it retired and deletes its private key: nothing may sign with a key that is no
 * longer trusted. Its public key stays, so the listing still shows it.
 *
 * <p>One process at a time owns the folder; within it, callers are serialised per folder.
 */
package com.phonesmith.images.signing;
