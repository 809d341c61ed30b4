package org.senrules.core.internal.beans;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.PrimaryNeed;

/**
 * Reads named properties of outcome beans ({@code getTopUp}, {@code isEligible}) and case records
 * ({@code locality()}) of any rule set, so that the simulator and the explainer work for every
 * loaded rule set, including third-party ones, without knowing their types at compile time. The
 * types' packages are exported, so their public accessors are callable. Lookups are cached per
 * class. Shared with the simulator through a qualified export; not API.
 */
public final class Beans {
    private static final ClassValue<Map<String, Method>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> out = new HashMap<>();
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                    continue;
                }
                String n = m.getName();
                if (type.isRecord()) {
                    if (isComponent(type, n)) {
                        out.put(n, m);
                    }
                } else if (n.startsWith("get") && n.length() > 3) {
                    out.put(Character.toLowerCase(n.charAt(3)) + n.substring(4), m);
                } else if (n.startsWith("is") && n.length() > 2
                        && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
                    out.put(Character.toLowerCase(n.charAt(2)) + n.substring(3), m);
                }
            }
            return out;
        }
    };

    private Beans() {
    }

    private static boolean isComponent(Class<?> type, String name) {
        for (var c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** True if the bean or record has this property. */
    public static boolean has(Class<?> type, String name) {
        return PROPERTIES.get(type).containsKey(name);
    }

    /** The property's declared type, or {@code null} if there is none. */
    public static Class<?> type(Class<?> type, String name) {
        Method m = PROPERTIES.get(type).get(name);
        return m == null ? null : m.getReturnType();
    }

    /** The property's value, or {@code null} if the object has no such property. */
    public static Object get(Object bean, String name) {
        Method m = PROPERTIES.get(bean.getClass()).get(name);
        if (m == null) {
            return null;
        }
        try {
            return m.invoke(bean);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + name + " of " + bean.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("reading " + name + " of " + bean.getClass().getName() + " failed", e.getCause());
        }
    }

    /** The first of the named properties that the object has, or {@code null}. */
    public static String firstOf(Class<?> type, String... names) {
        for (String n : names) {
            if (has(type, n)) {
                return n;
            }
        }
        return null;
    }

    public static Money money(Object bean, String name) {
        Object v = name == null ? null : get(bean, name);
        return v instanceof Money m ? m : Money.ZERO;
    }

    public static long number(Object bean, String name) {
        Object v = name == null ? null : get(bean, name);
        return v instanceof Number n ? n.longValue() : 0;
    }

    public static boolean flag(Object bean, String name, boolean absent) {
        Object v = name == null ? null : get(bean, name);
        return v instanceof Boolean b ? b : absent;
    }

    /** The broad area of need of a case, from its census primary need, or {@code null}. */
    public static AreaOfNeed area(Object caseRecord) {
        Object need = get(caseRecord, "primaryNeed");
        return need instanceof PrimaryNeed p ? p.areaOrNull() : null;
    }
}
