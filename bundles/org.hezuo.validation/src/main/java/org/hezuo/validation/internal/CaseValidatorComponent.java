package org.hezuo.validation.internal;

import java.util.List;
import org.hezuo.api.CaseValidator;
import org.hezuo.api.decision.FieldError;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the {@link CaseValidator} service: a thin DS adapter around {@link
 * HibernateCaseValidator}, given this bundle's class loader.
 *
 * @see HibernateCaseValidator
 */
@Component(service = CaseValidator.class)
public class CaseValidatorComponent implements CaseValidator {
  private static final Logger LOG = LoggerFactory.getLogger(CaseValidatorComponent.class);

  private final HibernateCaseValidator delegate;

  /** Starts Hibernate Validator with this bundle's class loader. */
  @Activate
  public CaseValidatorComponent() {
    // the loader of a class in this bundle is the bundle's class loader: it sees our
    // ValidationMessages_zh_CN.properties and, through Import-Package, the model
    delegate = new HibernateCaseValidator(CaseValidatorComponent.class.getClassLoader());
    LOG.debug("case validator started, messages in {}", HibernateCaseValidator.ZH_CN);
  }

  @Override
  public List<FieldError> validate(Object bean) {
    return delegate.validate(bean);
  }

  @Deactivate
  void deactivate() {
    delegate.close();
    LOG.debug("case validator stopped");
  }
}
