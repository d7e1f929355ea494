package com.phonesmith.web.token;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.jose4j.jwk.RsaJsonWebKey;

/** An RSA key pair that signs tokens (RS256), kept as PKCS#8 PEM; its key id is the RFC 7638 thumbprint. */
public record SigningKey(PrivateKey privateKey, RSAPublicKey publicKey, String keyId) {
    static final int BITS = 2048;
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    /** A new key pair as PEM text. */
    public static String generatePem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(BITS);
            byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
            return BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n" + END + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK makes RSA keys", e);
        }
    }

    public static SigningKey fromPem(String pem) {
        String body = pem.replace(BEGIN, "").replace(END, "").replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalArgumentException("not an RSA private key with its public part");
            }
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            return new SigningKey(privateKey, publicKey, thumbprint(publicKey));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a PKCS#8 PEM RSA private key: " + e.getMessage(), e);
        }
    }

    /** The public half as a JWK (use sig, alg RS256, kid). */
    public RsaJsonWebKey publicJwk() {
        RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
        jwk.setKeyId(keyId);
        jwk.setUse("sig");
        jwk.setAlgorithm("RS256");
        return jwk;
    }

    private static String thumbprint(RSAPublicKey key) {
        return new RsaJsonWebKey(key).calculateBase64urlEncodedThumbprint("SHA-256");
    }
}
