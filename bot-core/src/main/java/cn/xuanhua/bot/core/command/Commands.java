package cn.xuanhua.bot.core.command;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every chat command, found from the sealed {@link Command} hierarchy: each permitted command class declares its
 * words in a static {@code WORDS} list (and, if the console offers it, a static {@code BUTTON}). Adding a command
 * is one new class and its entry in the {@code permits} clause; the parser, 帮助 and the console find it here
 * (docs/architecture.md, "How to add a command"). Read once, in the order of the {@code permits} clauses.
 */
public final class Commands {
    private static final List<CommandWord> WORDS = new ArrayList<>();
    private static final List<ConsoleButton> BUTTONS = new ArrayList<>();

    static {
        collect(Command.class);
    }

    private Commands() {
    }

    /** Every command word, in registry order. */
    static List<CommandWord> words() {
        return List.copyOf(WORDS);
    }

    /** The buttons the console's appeal page may offer, in registry order. */
    public static List<ConsoleButton> buttons() {
        return List.copyOf(BUTTONS);
    }

    /** The button of {@code POST /appeals/{number}/{slug}}. */
    public static Optional<ConsoleButton> button(String slug) {
        return BUTTONS.stream().filter(b -> b.slug().equals(slug)).findFirst();
    }

    private static void collect(Class<?> type) {
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted != null) {
            for (Class<?> sub : permitted) {
                collect(sub);
            }
            return;
        }
        Object words = staticField(type, "WORDS");
        if (words instanceof List<?> list) {
            list.forEach(w -> WORDS.add((CommandWord) w));
        }
        if (staticField(type, "BUTTON") instanceof ConsoleButton button) {
            BUTTONS.add(button);
        }
    }

    /** The value of a static field the class declares, null when it has none (Unknown and Malformed have no words). */
    private static Object staticField(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            return Modifier.isStatic(field.getModifiers()) ? field.get(null) : null;
        } catch (NoSuchFieldException none) {
            return null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(type.getSimpleName() + "." + name + " must be readable in its package", e);
        }
    }
}
