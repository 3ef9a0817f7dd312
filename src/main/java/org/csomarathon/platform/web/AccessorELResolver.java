package org.csomarathon.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Calls a public method named in a page — {@code #{row.fullName()}} (a record's accessor),
 * {@code #{viewer.time(item.submittedAt())}} — through a Method looked up once per class, name and
 * number of arguments. Jakarta EL 5 searches all of a class's methods, copying every one, on each such
 * call: on a page of a few hundred cells that was the largest single cost of rendering, and a fifth of
 * all the memory a page allocated. Arguments are coerced as EL coerces them. Anything else (overloaded
 * names, variable arguments, methods returning nothing, non-public classes, properties) is left to the
 * standard resolvers.
 */
public class AccessorELResolver extends ELResolver {

    private static final Map<Class<?>, Map<String, Optional<Method>>> METHODS = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name)) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        Optional<Method> found = METHODS.computeIfAbsent(base.getClass(), c -> new ConcurrentHashMap<>())
                .computeIfAbsent(name + '/' + arguments.length, key -> onlyPublic(base.getClass(), name, arguments.length));
        if (found.isEmpty()) {
            return null;
        }
        Class<?>[] types = found.get().getParameterTypes();
        Object[] coerced = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            coerced[i] = arguments[i] != null && box(types[i]).isInstance(arguments[i]) ? arguments[i]
                    : context.convertToType(arguments[i], types[i]);
        }
        try {
            Object value = found.get().invoke(base, coerced);
            context.setPropertyResolved(base, method);
            return value;
        } catch (IllegalAccessException e) {
            return null;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    /** The one public method of that name and number of arguments returning something, if there is exactly one. */
    private static Optional<Method> onlyPublic(Class<?> type, String name, int arguments) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.empty();
        }
        List<Method> named = Stream.of(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arguments).toList();
        return named.size() == 1 && !named.get(0).isVarArgs() && named.get(0).getReturnType() != void.class
                && Modifier.isPublic(named.get(0).getDeclaringClass().getModifiers())
                ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static Class<?> box(Class<?> type) {
        return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
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
