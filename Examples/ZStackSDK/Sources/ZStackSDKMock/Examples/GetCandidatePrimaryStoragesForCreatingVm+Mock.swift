public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidatePrimaryStoragesForCreatingVm``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidatePrimaryStoragesForCreatingVmExample = #"""
        {
          "rootVolumePrimaryStorages": [
            {
              "uuid": "c39e22bed764c4fc6c78a34087207a3a",
              "zoneUuid": "855afec4595352163ac5c79c3f01a5ff",
              "name": "name",
              "url": "url",
              "description": "description",
              "totalCapacity": 1,
              "availableCapacity": 1,
              "totalPhysicalCapacity": 1,
              "availablePhysicalCapacity": 1,
              "systemUsedCapacity": 1,
              "type": "type",
              "state": "state",
              "status": "status",
              "mountPath": "mountPath",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "attachedClusterUuids": [
                "attachedClusterUuids"
              ]
            }
          ],
          "dataVolumePrimaryStorages": {
            "key": [
              {
                "uuid": "748e020aa33754752ce7749916a4ce51",
                "zoneUuid": "86d6f94773e27143c7d2284c819fd7b6",
                "name": "name",
                "url": "url",
                "description": "description",
                "totalCapacity": 1,
                "availableCapacity": 1,
                "totalPhysicalCapacity": 1,
                "availablePhysicalCapacity": 1,
                "systemUsedCapacity": 1,
                "type": "type",
                "state": "state",
                "status": "status",
                "mountPath": "mountPath",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "attachedClusterUuids": [
                  "attachedClusterUuids"
                ]
              }
            ]
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getCandidatePrimaryStoragesForCreatingVm(
        _ request: GetCandidatePrimaryStoragesForCreatingVm.Request
    ) async throws -> GetCandidatePrimaryStoragesForCreatingVm.Response {
        try Self.example(GetCandidatePrimaryStoragesForCreatingVm.Response.self, json: Self.getCandidatePrimaryStoragesForCreatingVmExample)
    }
}
