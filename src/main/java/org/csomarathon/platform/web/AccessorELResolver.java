package org.csomarathon.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls a public method without arguments named in a page — {@code #{row.fullName()}}, a record's
 * accessor — through a Method looked up once per class and name. Jakarta EL 5 searches all of a
 * class's methods (copying them) on every such call, which on a page of a few hundred cells was the
 * largest single cost of rendering. Anything else (arguments, properties, non-public classes) is left
 * to the standard resolvers.
 */
public class AccessorELResolver extends ELResolver {

    private static final Map<Class<?>, Map<String, Optional<Method>>> METHODS = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || params != null && params.length > 0) {
            return null;
        }
        Optional<Method> accessor = METHODS.computeIfAbsent(base.getClass(), c -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> publicAccessor(base.getClass(), n));
        if (accessor.isEmpty()) {
            return null;
        }
        try {
            Object value = accessor.get().invoke(base);
            context.setPropertyResolved(base, method);
            return value;
        } catch (IllegalAccessException e) {
            return null;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    private static Optional<Method> publicAccessor(Class<?> type, String name) {
        try {
            Method m = type.getMethod(name);
            return Modifier.isPublic(m.getDeclaringClass().getModifiers()) && m.getReturnType() != void.class
                    ? Optional.of(m) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Only method calls are resolved here.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
