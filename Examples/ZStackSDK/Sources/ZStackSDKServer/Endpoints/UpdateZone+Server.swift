import ZStackSDK

/// The server side of ``UpdateZone``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/zones/{uuid}/actions`, asynchronous.
nonisolated enum UpdateZoneServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateZone.operation, bodyWrapper: "updateZone") { call in
            let request = try call.decodeBody(wrapper: "updateZone") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let isDefault = try body.wrappedField(Bool.self, "isDefault")
                return UpdateZone.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags,
                    isDefault: isDefault
                )
            }
            return { try await handler.updateZone(request) }
        }
    }
}
