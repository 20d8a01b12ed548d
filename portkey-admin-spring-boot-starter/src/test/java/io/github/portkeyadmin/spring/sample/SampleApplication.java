package io.github.portkeyadmin.spring.sample;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.logexports.LogExport;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Service;

/** An application that only adds the starter and sets portkey.admin.api-key. */
@SpringBootApplication
public class SampleApplication {
  /** A service of the application, using the auto-configured client. */
  @Service
  public static class ExportAudit {
    private final PortkeyAdminClient portkey;

    public ExportAudit(PortkeyAdminClient portkey) {
      this.portkey = portkey;
    }

    public List<LogExport> exports() {
      return portkey.logExports().list();
    }
  }
}
