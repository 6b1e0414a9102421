import ZStackSDK

/// The server side of ``UpdateExternalPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/addon/{uuid}/actions`, asynchronous.
nonisolated enum UpdateExternalPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateExternalPrimaryStorage.operation,
            bodyWrapper: "updateExternalPrimaryStorage"
        ) { call in
            let request = try call.decodeBody(wrapper: "updateExternalPrimaryStorage") { body in
                let config = try body.wrappedField(String.self, "config")
                let defaultProtocol = try body.wrappedField(
                    UpdateExternalPrimaryStorageDefaultProtocol.self,
                    "defaultProtocol"
                )
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let url = try body.wrappedField(String.self, "url")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateExternalPrimaryStorage.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    config: config,
                    defaultProtocol: defaultProtocol,
                    name: name,
                    description: description,
                    url: url,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateExternalPrimaryStorage(request) }
        }
    }
}
