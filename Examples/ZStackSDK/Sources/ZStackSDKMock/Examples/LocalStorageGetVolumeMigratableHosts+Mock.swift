public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``LocalStorageGetVolumeMigratableHosts``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let localStorageGetVolumeMigratableHostsExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "zoneUuid": "2103fd12eb74c5351eea64281c096d68",
              "name": "name",
              "uuid": "fcc654cacc7f5f1bcf288da1c0ed4211",
              "clusterUuid": "1d70c7127938e7b2a505ed347fd2938e",
              "description": "description",
              "managementIp": "managementIp",
              "hypervisorType": "hypervisorType",
              "state": "state",
              "status": "status",
              "totalCpuCapacity": 1,
              "availableCpuCapacity": 1,
              "cpuSockets": 1,
              "totalMemoryCapacity": 1,
              "availableMemoryCapacity": 1,
              "cpuNum": 1,
              "ipmiAddress": "ipmiAddress",
              "ipmiUsername": "ipmiUsername",
              "ipmiPort": 1,
              "ipmiPowerStatus": "ipmiPowerStatus",
              "architecture": "architecture",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func localStorageGetVolumeMigratableHosts(
        _ request: LocalStorageGetVolumeMigratableHosts.Request
    ) async throws -> LocalStorageGetVolumeMigratableHosts.Response {
        try Self.example(LocalStorageGetVolumeMigratableHosts.Response.self, json: Self.localStorageGetVolumeMigratableHostsExample)
    }
}
