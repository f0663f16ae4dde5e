package org.hezuo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/** Every provisioned bundle resolves and starts, our own bundles included. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BundlesActiveIT extends HezuoTestSupport {

  @Configuration
  public Option[] configuration() {
    return new Option[] {baseConfiguration()};
  }

  @Test
  public void everyBundleIsActive() {
    List<String> notActive = new ArrayList<>();
    for (Bundle b : bundleContext.getBundles()) {
      boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
      if (!fragment && b.getState() != Bundle.ACTIVE) {
        notActive.add(b.getSymbolicName() + " " + b.getVersion() + " state=" + b.getState());
      }
    }
    assertEquals("bundles not ACTIVE: " + notActive, List.of(), notActive);
  }

  @Test
  public void documentServiceCompilesTheShippedTemplates() throws Exception {
    java.nio.file.Path templates = java.nio.file.Path.of(System.getProperty("hezuo.itest.templates"));
    java.util.Set<String> ids = InFramework.documentTemplates(bundleContext, templates);
    assertTrue("no template compiled from " + templates, !ids.isEmpty());
  }

  @Test
  public void ourBundlesAreInstalled() {
    List<String> ours = new ArrayList<>();
    for (Bundle b : bundleContext.getBundles()) {
      if (b.getSymbolicName().startsWith("org.hezuo.") && !b.getSymbolicName().endsWith("PAXEXAM-PROBE")) {
        ours.add(b.getSymbolicName());
      }
    }
    for (String bsn : List.of("org.hezuo.api", "org.hezuo.json", "org.hezuo.validation", "org.hezuo.rules", "org.hezuo.shell", "org.hezuo.documents", "org.hezuo.web")) {
      assertTrue(bsn + " missing from " + ours, ours.contains(bsn));
    }
  }
}
