import ZStackSDK

/// The server side of ``UpdateVip``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vips/{uuid}/actions`, asynchronous.
nonisolated enum UpdateVipServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVip.operation, bodyWrapper: "updateVip") { call in
            let request = try call.decodeBody(wrapper: "updateVip") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateVip.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateVip(request) }
        }
    }
}
