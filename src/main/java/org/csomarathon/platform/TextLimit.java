package org.csomarathon.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The one rule for how long a text may be: at most {@link #value()} characters as a person counts them —
 * code points, so that an emoji or a letter outside the basic plane is one, never two UTF-16 units. The
 * database counts the same way (utf8mb4 columns hold characters). On an entity's field it is checked
 * before the row is written; on a page's field, as the form is sent, with the message next to the field;
 * the model's own checks count with {@link TextLength}.
 */
@Documented
@Constraint(validatedBy = TextLimit.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface TextLimit {

    /** The most characters the text may have. */
    int value();

    /** From the bundles: "{text.tooLong}" reads the limit and the length typed. */
    String message() default "{text.tooLong}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a text (null is empty and never too long). */
    class Check implements ConstraintValidator<TextLimit, CharSequence> {

        private int max;

        @Override
        public void initialize(TextLimit limit) {
            max = limit.value();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return !TextLength.exceeds(value, max);
        }
    }
}
