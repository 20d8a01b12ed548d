package io.github.portkeyadmin.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** Builds a TLS trust source from a PEM bundle of CA certificates, as {@code curl --cacert} does. */
public final class PemTrust {
  private PemTrust() {}

  /**
   * Reads the bundle and trusts exactly its certificates.
   *
   * @param pemBundle a file of one or more {@code -----BEGIN CERTIFICATE-----} blocks
   * @return the trust source
   * @throws IllegalArgumentException if the file cannot be read or holds no certificate
   */
  public static Network.Trust load(Path pemBundle) {
    Collection<? extends Certificate> certificates = read(pemBundle);
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int index = 0;
      for (Certificate certificate : certificates) {
        store.setCertificateEntry("ca-" + index++, certificate);
      }
      return of(store);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException("trustedCertificates " + pemBundle
          + " could not be turned into a trust store: " + e.getMessage(), e);
    }
  }

  /**
   * A trust source from a caller's own TLS context.
   *
   * @param context an initialised context
   * @param trustManager the trust manager the context was initialised with
   * @return the trust source
   */
  public static Network.Trust of(SSLContext context, X509TrustManager trustManager) {
    return new Network.Trust(context.getSocketFactory(), trustManager);
  }

  private static Network.Trust of(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    X509TrustManager trustManager = null;
    for (TrustManager candidate : factory.getTrustManagers()) {
      if (candidate instanceof X509TrustManager x509) {
        trustManager = x509;
      }
    }
    if (trustManager == null) {
      throw new GeneralSecurityException("the JVM offers no X509TrustManager");
    }
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustManager}, null);
    return of(context, trustManager);
  }

  private static Collection<? extends Certificate> read(Path pemBundle) {
    try (InputStream in = Files.newInputStream(pemBundle)) {
      Collection<? extends Certificate> certificates =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException("trustedCertificates " + pemBundle
            + " holds no certificate: pass a PEM file of -----BEGIN CERTIFICATE----- blocks");
      }
      return certificates;
    } catch (IOException e) {
      throw new IllegalArgumentException("trustedCertificates " + pemBundle
          + " cannot be read (" + e + "): pass the path of a readable PEM file", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("trustedCertificates " + pemBundle
          + " is not a PEM bundle of X.509 certificates: " + e.getMessage(), e);
    }
  }
}
