package org.csomarathon.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An Arquillian test class against Marathon on Payara Micro and a real MariaDB; a test during which the
 * server logs a failure fails ({@link NoLoggedFailures}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({MarathonEnvironment.class, ArquillianExtension.class, NoLoggedFailures.class})
public @interface MarathonIT {
}
