import ZStackSDK

/// The server side of ``LocalStorageMigrateVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/local-storage/volumes/{volumeUuid}/actions`, asynchronous.
nonisolated enum LocalStorageMigrateVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: LocalStorageMigrateVolume.operation,
            bodyWrapper: "localStorageMigrateVolume"
        ) { call in
            let request = try call.decodeBody(wrapper: "localStorageMigrateVolume") { body in
                let destHostUuid = try body.wrappedField(String.self, "destHostUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return LocalStorageMigrateVolume.Request(
                    volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                    destHostUuid: try call.required(destHostUuid, .bodyField("localStorageMigrateVolume.destHostUuid")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.localStorageMigrateVolume(request) }
        }
    }
}
