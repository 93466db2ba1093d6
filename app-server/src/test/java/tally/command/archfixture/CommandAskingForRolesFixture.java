package tally.command.archfixture;

import io.micronaut.security.authentication.Authentication;
import tally.users.Role;

/**
 * Breaks the arrows on purpose, for ModuleArrowsTest: the command side judging roles itself,
 * which is the role table's job, and holding Micronaut Security's types.
 */
public final class CommandAskingForRolesFixture {
    Role needed;
    Authentication caller;
}
