package cn.egovkiosk.device.idcard;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Every byte array an object keeps, found by walking its fields (and their fields) through this project's classes.
 * Used to prove that data which must not be kept (fingerprint templates) is nowhere in a driver's state.
 */
final class ReachableBytes {

    private ReachableBytes() {
    }

    static List<byte[]> of(Object root) {
        List<byte[]> found = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Object next = todo.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof byte[] bytes) {
                found.add(bytes);
            } else if (next instanceof Object[] array) {
                for (Object element : array) {
                    if (element != null) {
                        todo.push(element);
                    }
                }
            } else if (next.getClass().getName().startsWith("cn.egovkiosk.")) {
                pushFields(next, todo);
            }
        }
        return found;
    }

    /** Whether {@code run} consecutive bytes equal to {@code value} occur in any of the arrays. */
    static boolean containsRun(List<byte[]> arrays, byte value, int run) {
        for (byte[] bytes : arrays) {
            int length = 0;
            for (byte b : bytes) {
                length = b == value ? length + 1 : 0;
                if (length >= run) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void pushFields(Object object, Deque<Object> todo) {
        for (Class<?> type = object.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    Object value = field.get(object);
                    if (value != null) {
                        todo.push(value);
                    }
                } catch (InaccessibleObjectException | IllegalAccessException e) {
                    // outside this project's classes: not the driver's own state
                }
            }
        }
    }
}
