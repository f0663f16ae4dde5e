package org.hezuo.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.glassfish.expressly.ExpressionFactoryImpl;
import org.hezuo.api.CaseValidator;
import org.hezuo.api.decision.FieldError;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;

/**
 * Bean Validation of the model with Hibernate Validator, bootstrapped without ServiceLoader or the
 * thread context class loader so that it works inside OSGi; messages in Chinese (zh_CN).
 *
 * @see FieldErrors
 */
public final class HibernateCaseValidator implements CaseValidator, AutoCloseable {
  /** The only locale we interpolate messages in. */
  static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;

  /** Our overrides of HV's terse built-in messages, at the root of this bundle. */
  static final String MESSAGES = "ValidationMessages";

  private final ValidatorFactory factory;
  private final Validator validator;
  private volatile boolean closed;

  /**
   * Builds the validator factory.
   *
   * @param classLoader the class loader that sees {@code ValidationMessages_zh_CN.properties} and
   *     the model (in OSGi: this bundle's loader)
   * @throws IllegalStateException if Hibernate Validator or Expressly cannot start
   */
  public HibernateCaseValidator(ClassLoader classLoader) {
    LocaleResolver chinese = context -> ZH_CN;
    try {
      // DESIGN: buildDefaultValidatorFactory() fails in OSGi; name the provider and its loader, and
      // hand the EL implementation over explicitly (the 3-argument interpolator ignores it in 9.1.6)
      factory =
          Validation.byProvider(HibernateValidator.class)
              .providerResolver(() -> List.of(new HibernateValidator()))
              .configure()
              .externalClassLoader(classLoader)
              // configured here only: no META-INF/validation.xml lookup (nor an XML parser) in OSGi
              .ignoreXmlConfiguration()
              .locales(ZH_CN)
              .defaultLocale(ZH_CN)
              .localeResolver(chinese)
              .messageInterpolator(
                  new ResourceBundleMessageInterpolator(
                      new PlatformResourceBundleLocator(MESSAGES, classLoader),
                      Set.of(ZH_CN),
                      ZH_CN,
                      chinese,
                      false,
                      true,
                      new ExpressionFactoryImpl()))
              .buildValidatorFactory();
    } catch (ValidationException | LinkageError e) {
      throw new IllegalStateException("cannot start Hibernate Validator: " + e.getMessage(), e);
    }
    validator = factory.getValidator();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if this validator is closed, or a constraint of the model itself
   *     is broken (a bug, not bad input)
   */
  @Override
  public List<FieldError> validate(Object bean) {
    if (bean == null) {
      throw new IllegalArgumentException("bean is null");
    }
    if (closed) {
      throw new IllegalStateException("validator is closed");
    }
    Set<ConstraintViolation<Object>> violations;
    try {
      violations = validator.validate(bean);
    } catch (ValidationException e) {
      throw new IllegalStateException(
          "cannot validate " + bean.getClass().getName() + ": " + e.getMessage(), e);
    }
    List<FieldError> errors = new ArrayList<>(violations.size());
    for (ConstraintViolation<Object> v : violations) {
      errors.add(FieldErrors.of(v));
    }
    errors.sort(FieldErrors.ORDER);
    return List.copyOf(errors);
  }

  /** Closes the validator factory; later calls to {@link #validate} fail. */
  @Override
  public void close() {
    closed = true;
    factory.close();
  }
}
