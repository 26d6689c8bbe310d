package dev.bcfkit.examples.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a caller of a module sees of a class: whether the class is visible (public, or protected
 * inside a visible class) in an exported package, and the types its visible members, supertypes
 * and type parameters show (generic arguments included).
 */
final class PublicSignatures {
    private PublicSignatures() {
    }

    /**
     * @param packages exported packages
     * @return visible classes in one of them
     */
    static DescribedPredicate<JavaClass> inPackages(Set<String> packages) {
        return DescribedPredicate.describe("are visible in an exported package " + packages,
                c -> packages.contains(c.getPackageName()) && visible(c));
    }

    /**
     * @param internal package patterns, such as {@code dev.bcfkit.rules.engine..}
     * @return the condition that no visible signature of the class shows a type in them
     */
    static ArchCondition<JavaClass> notShow(List<String> internal) {
        PackageMatchers matchers = PackageMatchers.of(internal);
        return new ArchCondition<>("show no type of " + internal + " in a public signature") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (String shown : shownTypes(c, matchers)) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " shows the internal type " + shown));
                }
            }
        };
    }

    private static List<String> shownTypes(JavaClass c, PackageMatchers internal) {
        List<String> found = new ArrayList<>();
        List<JavaType> shown = new ArrayList<>();
        c.getSuperclass().ifPresent(shown::add);
        shown.addAll(c.getInterfaces());
        shown.addAll(c.getTypeParameters());
        for (JavaMember m : c.getMembers()) {
            if (!visible(m.getModifiers())) {
                continue;
            }
            if (m instanceof JavaField f) {
                shown.add(f.getType());
            } else if (m instanceof JavaCodeUnit u) {
                shown.add(u.getReturnType());
                shown.addAll(u.getParameterTypes());
                shown.addAll(u.getTypeParameters());
                u.getThrowsClause().getTypes().forEach(shown::add);
            }
        }
        for (JavaType t : shown) {
            for (JavaClass raw : t.getAllInvolvedRawTypes()) {
                if (internal.test(raw.getPackageName())) {
                    found.add(raw.getName());
                }
            }
        }
        return found;
    }

    private static boolean visible(JavaClass c) {
        if (!visible(c.getModifiers())) {
            return false;
        }
        Optional<JavaClass> enclosing = c.getEnclosingClass();
        return enclosing.isEmpty() || visible(enclosing.get());
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
