import ZStackSDK

/// The server side of ``UpdateInstanceOffering``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/instance-offerings/{uuid}/actions`, asynchronous.
nonisolated enum UpdateInstanceOfferingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateInstanceOffering.operation,
            bodyWrapper: "updateInstanceOffering"
        ) { call in
            let request = try call.decodeBody(wrapper: "updateInstanceOffering") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let allocatorStrategy = try body.wrappedField(String.self, "allocatorStrategy")
                return UpdateInstanceOffering.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags,
                    allocatorStrategy: allocatorStrategy
                )
            }
            return { try await handler.updateInstanceOffering(request) }
        }
    }
}
