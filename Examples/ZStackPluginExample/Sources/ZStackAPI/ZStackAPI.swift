// The ZStack client, server stubs and mock in this module are generated at build time by
// apigen's build tool plugin (apigen-plugin.json chooses them) from the specs in api-specs/
// (see Package.swift); nothing generated is checked in.
//
// SwiftPM only builds a target that holds at least one source file of its own: this is it.
