package io.shale.run;

/**
 * How a destructive command was authorised.
 *
 * @param yes             {@code --yes}: go ahead where the environment is not protected
 * @param confirmDatabase {@code --confirm NAME}, or the name typed at the prompt; null when not given
 * @param allowProtected  {@code --allow-protected}: a protected environment may be touched (with the name confirmed)
 */
public record Confirmation(boolean yes, String confirmDatabase, boolean allowProtected) {
    public static final Confirmation NONE = new Confirmation(false, null, false);
    public static final Confirmation YES = new Confirmation(true, null, false);
}
