import ZStackSDK

/// The server side of ``CalculateImageHash``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous.
nonisolated enum CalculateImageHashServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CalculateImageHash.operation, bodyWrapper: "calculateImageHash") { call in
            let request = try call.decodeBody(wrapper: "calculateImageHash") { body in
                let backupStorageUuid = try body.wrappedField(String.self, "backupStorageUuid")
                let algorithm = try body.wrappedField(String.self, "algorithm")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CalculateImageHash.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    backupStorageUuid: try call.required(
                        backupStorageUuid,
                        .bodyField("calculateImageHash.backupStorageUuid")
                    ),
                    algorithm: algorithm,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.calculateImageHash(request) }
        }
    }
}
