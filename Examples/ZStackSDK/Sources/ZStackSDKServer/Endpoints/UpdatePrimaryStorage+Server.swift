import ZStackSDK

/// The server side of ``UpdatePrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/{uuid}/actions`, asynchronous.
nonisolated enum UpdatePrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdatePrimaryStorage.operation, bodyWrapper: "updatePrimaryStorage") { call in
            let request = try call.decodeBody(wrapper: "updatePrimaryStorage") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let url = try body.wrappedField(String.self, "url")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdatePrimaryStorage.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    url: url,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updatePrimaryStorage(request) }
        }
    }
}
