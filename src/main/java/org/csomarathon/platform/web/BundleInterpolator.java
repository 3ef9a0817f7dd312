package org.csomarathon.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.Texts;

/**
 * Bean Validation's messages from Marathon's bundles, in the reader's language (the page's; outside a
 * page, the default): a constraint whose message is "{key}" with a key of the bundles reads it with the
 * constraint's limit as {0} and the length of the text given as {1} ({@link org.csomarathon.platform.TextLimit}).
 * Any other message is left to the provider's own interpolator. Named in META-INF/validation.xml.
 */
public class BundleInterpolator implements MessageInterpolator {

    private static final Pattern KEY = Pattern.compile("\\{([\\w.]+)}");

    private final MessageInterpolator provider = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Language.DEFAULT.locale();
        return interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        Matcher key = KEY.matcher(template);
        Language language = Language.of(locale);
        if (!key.matches() || !Texts.bundle(language).containsKey(key.group(1))) {
            return provider.interpolate(template, context, locale);
        }
        Object value = context.getValidatedValue();
        return Texts.format(language, key.group(1), context.getConstraintDescriptor().getAttributes().get("value"),
                value instanceof CharSequence text ? TextLength.of(text) : 0);
    }
}
