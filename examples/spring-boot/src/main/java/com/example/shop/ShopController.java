package com.example.shop;

import com.example.shop.model.Customer;
import com.example.shop.model.PurchaseOrder;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /customers} and their {@code /orders}: creates and reads rows through the repositories. */
@RestController
@RequestMapping("/customers")
public class ShopController {
    public record NewCustomer(String name, String email) {
    }

    public record NewOrder(String product, int quantity) {
    }

    private final CustomerRepository customers;
    private final OrderRepository orders;

    public ShopController(CustomerRepository customers, OrderRepository orders) {
        this.customers = customers;
        this.orders = orders;
    }

    @PostMapping
    public ResponseEntity<Customer> create(@RequestBody NewCustomer request) {
        Customer saved = customers.save(new Customer(request.name(), request.email()));
        return ResponseEntity.created(URI.create("/customers/" + saved.getId())).body(saved);
    }

    @GetMapping("/{id}")
    public Customer find(@PathVariable long id) {
        return customers.findById(id).orElseThrow(() -> noCustomer(id));
    }

    @PostMapping("/{id}/orders")
    public ResponseEntity<PurchaseOrder> order(@PathVariable long id, @RequestBody NewOrder request) {
        PurchaseOrder saved = orders.save(new PurchaseOrder(find(id), request.product(), request.quantity()));
        return ResponseEntity.status(HttpStatus.CREATED).body(saved);
    }

    @GetMapping("/{id}/orders")
    public List<PurchaseOrder> orders(@PathVariable long id) {
        find(id);
        return orders.findByCustomerIdOrderById(id);
    }

    private static ResponseStatusException noCustomer(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no customer " + id);
    }
}
