import FixtureAPI

/// The server side of ``TagZone``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/zones/{uuid}/actions`, synchronous.
nonisolated enum TagZoneServerEndpoint: FixtureServerEndpointDefinition {
    static func endpoint(calling handler: some FixtureAPIHandler) -> FixtureServerEndpoint {
        FixtureServerEndpoint(operation: TagZone.operation, bodyWrapper: "tagZone") { call in
            let request = try call.decodeBody(wrapper: "tagZone") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                return TagZone.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: try call.required(systemTags, .bodyField("systemTags"))
                )
            }
            return { try await handler.tagZone(request) }
        }
    }
}
