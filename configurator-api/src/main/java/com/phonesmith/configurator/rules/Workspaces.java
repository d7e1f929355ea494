package com.phonesmith.configurator.rules;

import java.util.function.Function;

/** Where a question gets a workspace that no other thread uses while it works (see {@link Engine}). */
interface Workspaces {
    <T> T withWorkspace(Function<Workspace, T> work);
}
