public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCpuMemoryCapacity``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCpuMemoryCapacityExample = #"""
        {
          "totalCpu": 1,
          "availableCpu": 1,
          "totalMemory": 1,
          "availableMemory": 1,
          "managedCpuNum": 1,
          "capacityData": [
            {
              "resourceUuid": "5d0e3db118be702c95b4920b742a0dd3",
              "totalCpu": 1,
              "availableCpu": 1,
              "totalMemory": 1,
              "availableMemory": 1,
              "managedCpuNum": 1
            }
          ],
          "resourceType": "resourceType",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getCpuMemoryCapacity(
        _ request: GetCpuMemoryCapacity.Request
    ) async throws -> GetCpuMemoryCapacity.Response {
        try Self.example(GetCpuMemoryCapacity.Response.self, json: Self.getCpuMemoryCapacityExample)
    }
}
