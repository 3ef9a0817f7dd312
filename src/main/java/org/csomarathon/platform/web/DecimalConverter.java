package org.csomarathon.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.util.Optional;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Texts;

/**
 * Every decimal field: a comma or a point before the fraction ("1,5" as a Russian keyboard types it, or
 * "1.5"), spaces between thousands ignored; shown with the person's own separator. What is not a number is
 * refused with the field's label in the person's language. Registered in faces-config.xml for every
 * {@code BigDecimal}, in place of Faces' own converter.
 */
public class DecimalConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value).orElseThrow(() -> {
            Language language = Language.of(context.getViewRoot().getLocale());
            Object label = component.getAttributes().get("label");
            String text = Texts.format(language, "platform.decimal.invalid", label == null ? "" : label, value.strip());
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    /** The number typed, read with either separator; empty if it is not one. */
    static Optional<BigDecimal> parse(String typed) {
        String plain = typed.strip().replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        if (!plain.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.toPlainString();
        return Language.of(context.getViewRoot().getLocale()) == Language.RU ? plain.replace('.', ',') : plain;
    }
}
