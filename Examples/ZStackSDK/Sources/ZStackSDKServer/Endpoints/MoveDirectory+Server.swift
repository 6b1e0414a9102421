import ZStackSDK

/// The server side of ``MoveDirectory``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/move/directory`, asynchronous.
nonisolated enum MoveDirectoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: MoveDirectory.operation, bodyWrapper: "moveDirectory") { call in
            let request = try call.decodeBody(wrapper: "moveDirectory") { body in
                let targetParentUuid = try body.wrappedField(String.self, "targetParentUuid")
                let directoryUuid = try body.wrappedField(String.self, "directoryUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return MoveDirectory.Request(
                    targetParentUuid: try call.required(targetParentUuid, .bodyField("moveDirectory.targetParentUuid")),
                    directoryUuid: try call.required(directoryUuid, .bodyField("moveDirectory.directoryUuid")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.moveDirectory(request) }
        }
    }
}
