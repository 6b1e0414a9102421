// The ZStack client in this module is generated at build time by apigen's build tool plugin
// from the specs in api-specs/ (see Package.swift); nothing generated is checked in.
//
// SwiftPM only builds a target that holds at least one source file of its own: this is it.
