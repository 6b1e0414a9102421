import ZStackSDK

/// The server side of ``MoveResourcesToDirectory``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/move/resources/directory`, asynchronous.
nonisolated enum MoveResourcesToDirectoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: MoveResourcesToDirectory.operation,
            bodyWrapper: "moveResourcesToDirectory"
        ) { call in
            let request = try call.decodeBody(wrapper: "moveResourcesToDirectory") { body in
                let resourceUuids = try body.wrappedField([String].self, "resourceUuids")
                let directoryUuid = try body.wrappedField(String.self, "directoryUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return MoveResourcesToDirectory.Request(
                    resourceUuids: try call.required(
                        resourceUuids,
                        .bodyField("moveResourcesToDirectory.resourceUuids")
                    ),
                    directoryUuid: try call.required(
                        directoryUuid,
                        .bodyField("moveResourcesToDirectory.directoryUuid")
                    ),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.moveResourcesToDirectory(request) }
        }
    }
}
