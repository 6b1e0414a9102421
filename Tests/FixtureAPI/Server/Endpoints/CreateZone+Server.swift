import FixtureAPI

/// The server side of ``CreateZone``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/zones`, asynchronous.
nonisolated enum CreateZoneServerEndpoint: FixtureServerEndpointDefinition {
    static func endpoint(calling handler: some FixtureAPIHandler) -> FixtureServerEndpoint {
        FixtureServerEndpoint(operation: CreateZone.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CreateZone.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.createZone(request) }
        }
    }
}
