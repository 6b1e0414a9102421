import ZStackSDK

/// The server side of ``AddSimulatorBackupStorage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/backup-storage/simulators`, asynchronous.
nonisolated enum AddSimulatorBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddSimulatorBackupStorage.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let url = try body.wrappedField(String.self, "url")
                let name = try body.wrappedField(String.self, "name")
                let totalCapacity = try body.wrappedField(Int64.self, "totalCapacity")
                let availableCapacity = try body.wrappedField(Int64.self, "availableCapacity")
                let description = try body.wrappedField(String.self, "description")
                let type = try body.wrappedField(String.self, "type")
                let importImages = try body.wrappedField(Bool.self, "importImages")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return AddSimulatorBackupStorage.Request(
                    url: try call.required(url, .bodyField("params.url")),
                    name: try call.required(name, .bodyField("params.name")),
                    totalCapacity: totalCapacity,
                    availableCapacity: availableCapacity,
                    description: description,
                    type: type,
                    importImages: importImages,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.addSimulatorBackupStorage(request) }
        }
    }
}
