package cn.egovkiosk.admin.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a view ({@code @Route(layout = AdminLayout.class)}) into the admin navigation. The bar lists annotated views
 * by {@link #order()} and shows a user only those their roles open ({@code @RolesAllowed} on the view), so a
 * feature package adds itself to the navigation without touching {@link AdminLayout}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AdminMenu {

    /** Message key of the link text, e.g. {@code nav.terminals}. */
    String titleKey();

    /** Position in the bar, low first; the built-in views use 10, 20, 30 … */
    int order();
}
