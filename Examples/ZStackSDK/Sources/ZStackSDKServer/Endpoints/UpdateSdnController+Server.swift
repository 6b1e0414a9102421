import ZStackSDK

/// The server side of ``UpdateSdnController``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/sdn-controllers/{uuid}/actions`, asynchronous.
nonisolated enum UpdateSdnControllerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateSdnController.operation, bodyWrapper: "updateSdnController") { call in
            let request = try call.decodeBody(wrapper: "updateSdnController") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateSdnController.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateSdnController(request) }
        }
    }
}
