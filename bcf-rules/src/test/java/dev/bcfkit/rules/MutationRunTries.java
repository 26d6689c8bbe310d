package dev.bcfkit.rules;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Caps the tries of every property at the system property {@value #CAP} when it is set, and does
 * nothing otherwise. Only the mutation run (PIT, the parent pom's jvmArgs) sets it: there each
 * property runs once per mutant it covers, so a property's own {@code tries = 300} multiplies the
 * run's time, while Surefire, which never sets the cap, still runs every property at its full
 * tries. jqwik's {@code jqwik.tries.default} covers only the properties without their own tries;
 * this hook, registered for all of jqwik through
 * {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}, covers the others too.
 */
public final class MutationRunTries implements AroundPropertyHook {
    /** The system property holding the cap. */
    static final String CAP = "bcf.mutation.tries";

    /** The no-argument constructor ServiceLoader needs. */
    public MutationRunTries() {
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String cap = System.getProperty(CAP);
        if (cap != null) {
            int most = Integer.parseInt(cap.strip());
            int tries = context.attributes().tries().orElse(Integer.MAX_VALUE);
            if (tries > most) {
                context.attributes().setTries(most);
            }
        }
        return property.execute();
    }
}
