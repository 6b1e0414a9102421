import ZStackSDK

/// The server side of ``AddResourcesToDirectory``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/add/resources/directory`, asynchronous.
nonisolated enum AddResourcesToDirectoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddResourcesToDirectory.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let resourceUuids = try body.wrappedField([String].self, "resourceUuids")
                let directoryUuid = try body.wrappedField(String.self, "directoryUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddResourcesToDirectory.Request(
                    resourceUuids: try call.required(resourceUuids, .bodyField("params.resourceUuids")),
                    directoryUuid: try call.required(directoryUuid, .bodyField("params.directoryUuid")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addResourcesToDirectory(request) }
        }
    }
}
