import ZStackSDK

/// The server side of ``UpdateEip``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/eips/{uuid}/actions`, asynchronous.
nonisolated enum UpdateEipServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateEip.operation, bodyWrapper: "updateEip") { call in
            let request = try call.decodeBody(wrapper: "updateEip") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateEip.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateEip(request) }
        }
    }
}
