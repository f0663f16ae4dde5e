package org.hezuo.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The {@code /hezuo} servlet context: authenticates every request with {@link Authenticator} (the
 * OA's identity header, or demo Basic login) and leaves the {@link WebPrincipal} for the servlet.
 *
 * @see Authenticator
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE, configurationPid = HezuoServletContextHelper.PID)
@Designate(ocd = HezuoWebConfiguration.class)
@HttpWhiteboardContext(name = HezuoServletContextHelper.NAME, path = "/hezuo")
public class HezuoServletContextHelper extends ServletContextHelper {
  /** The configuration PID shared by the web components. */
  public static final String PID = "org.hezuo.web";
  /** The whiteboard context name. */
  public static final String NAME = "hezuo";

  private final Authenticator authenticator;

  /**
   * Activates the context.
   *
   * @param config the configuration
   */
  @Activate
  public HezuoServletContextHelper(HezuoWebConfiguration config) {
    this(new Authenticator(WebSettings.of(config)));
  }

  /**
   * For tests.
   *
   * @param authenticator the authenticator
   */
  protected HezuoServletContextHelper(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public boolean handleSecurity(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Authenticator.Result r = authenticator.authenticate(request::getHeader);
    if (r.principal() != null) {
      request.setAttribute(WebPrincipal.ATTRIBUTE, r.principal());
      request.setAttribute(REMOTE_USER, r.principal().user());
      return true;
    }
    ApiServlet.write(r.refusal(), response);
    return false;
  }
}
